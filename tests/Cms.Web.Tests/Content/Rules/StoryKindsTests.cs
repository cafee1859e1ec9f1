using Cms.Web.Content.Rules;
using Cms.Web.Data;

namespace Cms.Web.Tests.Content.Rules;

public sealed class StoryKindsTests
{
    [Theory]
    [InlineData("news", "news")]
    [InlineData("Announcement", "announcement")]
    [InlineData("EVENT", "event")]
    [InlineData(" event ", "event")]
    public void Names_parse_in_any_case(string text, string expected)
    {
        Assert.True(StoryKinds.TryParse(text, out var kind));
        Assert.Equal(expected, StoryKinds.Name(kind));
    }

    [Theory]
    [InlineData("7")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("News,Event")]
    [InlineData("gossip")]
    [InlineData("")]
    [InlineData(null)]
    public void Numbers_and_other_text_are_refused(string? text)
    {
        Assert.False(StoryKinds.TryParse(text, out _));
    }

    [Fact]
    public void Names_round_trip_in_lower_case_and_undefined_values_are_not_kinds()
    {
        Assert.Equal(["news", "announcement", "event", "round-table", "seminar", "training", "dialogue-platform"], StoryKinds.All.Select(StoryKinds.Name));
        Assert.False(StoryKinds.IsDefined((StoryKind)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => StoryKinds.Name((StoryKind)7));
    }

    [Fact]
    public void A_submitted_number_is_a_field_error_and_nothing_means_news()
    {
        var error = Assert.Throws<Cms.Web.Newsroom.NewsroomValidationException>(() => StoryKinds.Submitted("7"));

        Assert.True(error.Errors.ContainsKey("kind"));
        Assert.Equal(StoryKind.News, StoryKinds.Submitted(null));
        Assert.Equal(StoryKind.Event, StoryKinds.Submitted("event"));
    }
}
