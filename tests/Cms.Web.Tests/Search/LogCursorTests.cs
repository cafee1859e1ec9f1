using Cms.Web.Search;

namespace Cms.Web.Tests.Search;

/// <summary>Following a log whose rows may become visible out of order (PostgreSQL) without skipping one.</summary>
public sealed class LogCursorTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Rows_in_order_move_the_safe_position_with_them()
    {
        var cursor = new LogCursor(10, TimeSpan.FromMinutes(1));

        cursor.Applied([11, 12, 13], Now);

        Assert.Equal(13, cursor.Safe);
        Assert.Equal(13, cursor.Highest);
        Assert.False(cursor.HasGaps);
    }

    [Fact]
    public void A_row_that_commits_late_is_read_again_and_applied_once()
    {
        var cursor = new LogCursor(10, TimeSpan.FromMinutes(1));

        cursor.Applied([11, 13], Now); // 12 took its number first and has not committed yet

        Assert.Equal(11, cursor.Safe);
        Assert.Equal(13, cursor.Highest);
        Assert.Equal(11, cursor.ReadAfter);
        Assert.False(cursor.IsNew(13));
        Assert.True(cursor.IsNew(12));

        cursor.Applied([12, 13], Now.AddSeconds(1)); // read again from 11: 12 is there now

        Assert.Equal(13, cursor.Safe);
        Assert.False(cursor.HasGaps);
    }

    [Fact]
    public void A_gap_that_never_fills_is_given_up_after_the_patience()
    {
        var cursor = new LogCursor(0, TimeSpan.FromMinutes(1));
        cursor.Applied([1, 3], Now);

        cursor.Applied([], Now.AddSeconds(59));
        Assert.Equal(1, cursor.Safe);

        cursor.Applied([], Now.AddSeconds(60));
        Assert.Equal(3, cursor.Safe);
    }
}
