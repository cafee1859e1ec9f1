using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Tests.Cli;

namespace Cms.Web.Tests.Search;

/// <summary>
/// kill -9 at any moment loses nothing from the index: a burst of publishes and unpublishes is cut by SIGKILL twenty
/// times; after each restart every acknowledged publish is found, every acknowledged unpublish is gone, and the index
/// holds exactly the live translations. (The database acknowledged them; the index replays the change log from the
/// position its last commit holds.)
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int Rounds = 20;
    private const string Email = "crash-editor@newsroom.test";

    private readonly TempDirectory data = new();
    private readonly ConcurrentDictionary<string, Story> stories = new(StringComparer.Ordinal);

    [Fact]
    public async Task Kill_9_during_a_burst_of_publishes_loses_nothing_from_the_index()
    {
        var added = await CliRunner.RunWithInputAsync(data.Path, "correct horse battery staple\n", "users", "add", "--email", Email, "--role", "editor");
        Assert.True(added.ExitCode == 0, added.Error);
        var issued = await CliRunner.RunAsync(data.Path, "users", "token", "--email", Email);
        Assert.True(issued.ExitCode == 0, issued.Error);
        var token = issued.Output.Trim();
        var random = new Random(9);

        for (var round = 0; round <= Rounds; round++)
        {
            using var site = await SiteProcess.StartAsync(data.Path);
            using var client = new HttpClient { BaseAddress = site.Address, Timeout = TimeSpan.FromSeconds(20) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            await AssertIndexMatchesAsync(client, round);
            if (round == Rounds)
            {
                break;
            }

            using var stop = new CancellationTokenSource();
            var warm = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var workers = Enumerable.Range(0, 3).Select(w => Task.Run(() => BurstAsync(client, new Random((round * 10) + w), warm, stop.Token))).ToList();
            await warm.Task.WaitAsync(TimeSpan.FromSeconds(60)); // a few changes are through: the site is warm and busy
            await Task.Delay(random.Next(0, 400));
            site.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
        }

        var acknowledged = stories.Values.Count(s => s.Known);
        Assert.True(acknowledged >= 2 * Rounds, $"the bursts acknowledged {acknowledged} changes: too few to mean anything");
        Assert.Contains(stories.Values, s => s.Known && !s.Live);
    }

    public void Dispose() => data.Dispose();

    private async Task AssertIndexMatchesAsync(HttpClient client, int round)
    {
        foreach (var story in stories.Values.Where(s => s.Known))
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=" + story.Word));
            var found = json.RootElement.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("storyKey").GetString() == story.Key);
            Assert.True(found == story.Live, $"round {round}: {story.Key} ({story.Word}) should {(story.Live ? "" : "not ")}be found");
        }

        var status = await client.GetFromJsonAsync<JsonElement>("/api/v1/search/index");
        Assert.Equal(status.GetProperty("liveTranslations").GetInt32(), status.GetProperty("documents").GetInt32());
    }

    /// <summary>Creates, publishes and unpublishes stories until the site dies; records what was acknowledged.</summary>
    private async Task BurstAsync(HttpClient client, Random random, TaskCompletionSource warm, CancellationToken stop)
    {
        var published = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var known = stories.Values.Where(s => s.Known && s.Live).ToList();
                if (known.Count > 0 && random.Next(3) == 0)
                {
                    var story = known[random.Next(known.Count)];
                    story.Known = false;
                    (await client.PostAsJsonAsync($"/api/v1/stories/{story.Key}/translations/ru/unpublish", new { }, stop)).EnsureSuccessStatusCode();
                    (story.Live, story.Known) = (false, true);
                    continue;
                }

                var word = new string([.. Enumerable.Range(0, 10).Select(_ => (char)('a' + random.Next(26)))]);
                using var created = await client.PostAsJsonAsync("/api/v1/stories", new
                {
                    kind = "news",
                    sourceLanguage = "ru",
                    translations = new[] { new { language = "ru", title = "Новость " + word, summary = "", body = "Текст " + word + "." } },
                }, stop);
                created.EnsureSuccessStatusCode();
                var key = (await created.Content.ReadFromJsonAsync<JsonElement>(stop)).GetProperty("key").GetString()!;
                var fresh = stories[key] = new Story(key, word);
                (await client.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { }, stop)).EnsureSuccessStatusCode();
                (fresh.Live, fresh.Known) = (true, true);
                if (++published >= 2)
                {
                    warm.TrySetResult();
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            // the site was killed mid-request: that story's state is unknown and it is not checked
        }
    }

    private sealed class Story(string key, string word)
    {
        public string Key { get; } = key;

        public string Word { get; } = word;

        public bool Live { get; set; }

        /// <summary>The last change was acknowledged; false while one is in flight or was cut off.</summary>
        public bool Known { get; set; }
    }
}
