namespace Cms.Web.Tests.Operations;

/// <summary>Reads something until it is as expected: probes and scrapes follow the site's state within a second or so
/// (the change log's end is read at most once a second; background services poll).</summary>
internal static class Polling
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> expected, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (expected(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }
}
