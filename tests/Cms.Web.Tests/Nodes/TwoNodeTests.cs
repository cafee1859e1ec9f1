using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Nodes;

/// <summary>
/// Two nodes on one database, as behind the proxy of deploy/start.sh: what one node does, the other sees, and killing
/// one (SIGKILL) loses nothing. The nodes are real processes, shared by the tests of this class; a test that kills one
/// leaves it to the next test's <see cref="NodePair.EnsureRunningAsync"/> to start it again.
/// </summary>
public sealed partial class TwoNodeTests(NodePair nodes) : IClassFixture<NodePair>
{
    [Fact]
    public async Task A_sign_in_on_A_is_a_sign_in_on_B_and_a_form_from_A_saves_on_B()
    {
        await nodes.EnsureRunningAsync();
        string key;
        using (var api = nodes.Api(Node.A))
        using (var created = await api.PostAsJsonAsync("/api/v1/stories", new
        {
            kind = "news",
            sourceLanguage = "ru",
            translations = new[]
            {
                new { language = "ru", title = "Черновик на узле A", body = "Текст." },
                new { language = "ky", title = "А түйүнүндөгү долбоор", body = "Текст." },
            },
        }))
        {
            created.EnsureSuccessStatusCode();
            key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        }

        var id = Convert.ToInt32((await nodes.QueryAsync("SELECT \"Id\" FROM \"Stories\" WHERE \"Key\" = @key", ("key", key))).Single(), CultureInfo.InvariantCulture);
        var cookies = new CookieContainer();
        using var browser = await SignedInBrowserAsync(Node.A, cookies);
        var editor = nodes.Url(Node.A, $"/manager/stories/{id}?left=ru&right=ky").ToString();
        var fields = await EditorPage.FieldsAsync(browser, editor, new() { ["Columns[0].Body"] = "Сохранено на узле B.", ["Then"] = "save" });
        fields.Add(new("__RequestVerificationToken", await NewsroomFactory.AntiforgeryTokenAsync(browser, editor)));
        ShareCookies(cookies, Node.A, Node.B);

        using var saved = await browser.PostAsync(nodes.Url(Node.B, $"/manager/stories/{id}?handler=save&left=ru&right=ky"), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("/manager/login", saved.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        var body = await nodes.QueryAsync(
            "SELECT t.\"Body\" FROM \"Translations\" t JOIN \"Stories\" s ON s.\"Id\" = t.\"StoryId\" WHERE s.\"Key\" = @key AND t.\"Language\" = 'ru'", ("key", key));
        Assert.Equal("Сохранено на узле B.", body.Single());
    }

    [Fact]
    public async Task An_upload_on_A_is_served_by_B()
    {
        await nodes.EnsureRunningAsync();
        using var browser = await SignedInBrowserAsync(Node.A, new CookieContainer());
        using (var uploaded = await MediaUploads.UploadAsync(browser, MediaInspectorTests.Png(5, 4), "узел.png", ("alt[ru]", "Загружено на узле A")))
        {
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        var library = await Html.ParseAsync(await browser.GetAsync("/manager/media"));
        var path = library.QuerySelectorAll("table code.md").Select(c => MediaPath().Match(c.TextContent).Value).First(p => p.Length > 0);
        var fromA = await browser.GetByteArrayAsync(path);
        using var anonymous = new HttpClient { BaseAddress = nodes.Address(Node.B) };

        using var fromB = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, fromB.StatusCode);
        Assert.Equal(fromA, await fromB.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_publish_on_A_is_found_by_B_s_search_within_a_second()
    {
        await nodes.EnsureRunningAsync();
        using var b = nodes.Api(Node.B);
        // A node that has searched and followed another's change before, as in production: the measure is the
        // change's way to B, not the first compilation of B's search and indexing code in a fresh process (a first
        // change once took 1.2 s on a busy CI machine, the next ones 0.1 s).
        Assert.False(await FoundAsync(b, RandomWord(), "none"));
        var warmUp = await PublishOnAAndFindOnBAsync(b);
        Assert.True(warmUp <= TimeSpan.FromSeconds(10), "B never found the first publish");
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            delays.Add(await PublishOnAAndFindOnBAsync(b));
        }

        var shown = string.Join(", ", delays.Select(d => d.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms"));
        Assert.True(delays.All(d => d <= TimeSpan.FromSeconds(1)), "B found the publishes after " + shown);
    }

    /// <summary>How long after A acknowledged a publish (A's own search finds it by then) B's search finds it.</summary>
    private async Task<TimeSpan> PublishOnAAndFindOnBAsync(HttpClient b)
    {
        var word = RandomWord();
        var key = await CreateAsync(Node.A, word, publish: true);
        var watch = Stopwatch.StartNew();
        while (!await FoundAsync(b, word, key) && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        return watch.Elapsed;
    }

    [Fact]
    public async Task A_story_due_in_five_seconds_is_published_exactly_once_with_both_nodes_running()
    {
        await nodes.EnsureRunningAsync();
        // Stories scheduled through each node for the same instant, so that both schedulers wake then and, without
        // anything to stop them, would go through the same due stories side by side.
        var through = new[] { Node.A, Node.B, Node.A, Node.B, Node.A, Node.B, Node.A, Node.B };
        var keys = new List<string>();
        foreach (var node in through)
        {
            keys.Add(await CreateAsync(node, RandomWord(), publish: false));
        }

        var due = DateTime.UtcNow.AddSeconds(5);
        foreach (var (node, key) in through.Zip(keys))
        {
            await PublishAsync(node, key, due);
        }

        foreach (var key in keys)
        {
            Assert.True(await WaitLiveAsync(key, due.AddSeconds(15)), $"{key} was not published by {due.AddSeconds(15):O}");
        }

        await Task.Delay(TimeSpan.FromSeconds(2)); // a second scheduler that applied it late would have written by now
        var rows = new List<long>();
        foreach (var key in keys)
        {
            rows.Add(await PublishRowsAsync(key));
        }

        Assert.All(rows, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task When_the_scheduler_lease_holder_is_killed_the_other_node_publishes_the_next_due_story_within_a_minute()
    {
        await nodes.EnsureRunningAsync();
        // On SQLite there is no lease (every node may schedule): A stands for the holder.
        var holder = TestDatabase.IsPostgres ? await LeaseHolderAsync() : Node.A;
        var key = await CreateAsync(holder, RandomWord(), publish: false);
        var due = DateTime.UtcNow.AddSeconds(3);
        await PublishAsync(holder, key, due); // the holder is told; the other node learns of it by itself

        nodes.Kill(holder);

        var survivor = holder == Node.A ? Node.B : Node.A;
        Assert.True(await WaitLiveAsync(key, due.AddSeconds(62)), $"nobody published {key} (due {due:O}) within a minute of its time; node {survivor} wrote:\n{nodes.Output(survivor)}");
        Assert.Equal(1, await PublishRowsAsync(key));
    }

    [Fact]
    public async Task Kill_9_of_a_node_during_a_burst_of_publishes_on_both_loses_no_acknowledged_publish_and_both_indexes_catch_up()
    {
        await nodes.EnsureRunningAsync();
        var acknowledged = new ConcurrentDictionary<string, string>(StringComparer.Ordinal); // key → word
        using var stop = new CancellationTokenSource();
        var warm = new Warm(4);
        var workers = new[] { Node.A, Node.A, Node.B, Node.B }
            .Select((node, i) => Task.Run(() => BurstAsync(node, new Random(i), acknowledged, warm, stop.Token)))
            .ToList();
        await warm.Task.WaitAsync(TimeSpan.FromSeconds(60)); // every worker has published twice: both nodes are warm and busy
        await Task.Delay(Random.Shared.Next(0, 300));

        nodes.Kill(Node.A);
        await Task.Delay(500); // B goes on alone for a moment
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        Assert.True(acknowledged.Count >= 8, $"the burst acknowledged {acknowledged.Count} publishes: too few to mean anything");
        var live = (await nodes.QueryAsync(
            "SELECT s.\"Key\" FROM \"Stories\" s JOIN \"Translations\" t ON t.\"StoryId\" = s.\"Id\" WHERE t.\"IsLive\""))
            .Select(k => (string)k!).ToHashSet(StringComparer.Ordinal);
        Assert.All(acknowledged.Keys, key => Assert.Contains(key, live));

        await nodes.EnsureRunningAsync();
        var liveTranslations = await nodes.CountAsync("SELECT count(*) FROM \"Translations\" WHERE \"IsLive\"");
        foreach (var node in new[] { Node.A, Node.B })
        {
            await WaitCaughtUpAsync(node, liveTranslations);
            using var api = nodes.Api(node);
            foreach (var (key, word) in acknowledged)
            {
                Assert.True(await FoundAsync(api, word, key), $"node {node} does not find {key} ({word})");
            }
        }
    }

    /// <summary>Creates and publishes stories through one node until stopped or the node dies; records what it acknowledged.</summary>
    private async Task BurstAsync(Node node, Random random, ConcurrentDictionary<string, string> acknowledged, Warm warm, CancellationToken stop)
    {
        using var api = nodes.Api(node);
        var published = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var word = RandomWord(random);
                var key = await CreateAsync(api, word, stop);
                (await api.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { }, stop)).EnsureSuccessStatusCode();
                acknowledged[key] = word;
                if (++published == 2)
                {
                    warm.Signal();
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            // the node was killed mid-request (or the burst ended): that story's fate is unknown and it is not checked
        }
    }

    private async Task WaitCaughtUpAsync(Node node, long liveTranslations)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement status;
        do
        {
            status = await nodes.IndexStatusAsync(node);
            if (status.GetProperty("searchableSequence").GetInt64() >= status.GetProperty("logSequence").GetInt64()
                && status.GetProperty("documents").GetInt64() == liveTranslations
                && status.GetProperty("liveTranslations").GetInt64() == liveTranslations)
            {
                return;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"node {node}'s index did not catch up with {liveTranslations} live translations: {status}");
    }

    private async Task<Node> LeaseHolderAsync()
    {
        // PostgresSchedulerLease's key 0x636d732d73636864 as pg_locks shows a bigint advisory lock: high and low halves.
        // A node that just started (or took over) may still be asking for the lease: it retries every 15 s.
        var until = DateTime.UtcNow.AddSeconds(40);
        var holders = await HoldersAsync();
        while (holders.Count == 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(250);
            holders = await HoldersAsync();
        }

        var holder = Assert.Single(holders);
        return (string?)holder == NodePair.ApplicationName(Node.A) + " scheduler lease" ? Node.A
            : (string?)holder == NodePair.ApplicationName(Node.B) + " scheduler lease" ? Node.B
            : throw new InvalidOperationException($"the scheduler lease is held by '{holder}', neither node");
    }

    private async Task<List<object?>> HoldersAsync()
    {
        var holders = await nodes.QueryAsync(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid " +
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 1668117293 AND l.objid = 1935894628 AND l.objsubid = 1 " +
            "AND a.datname = current_database()");
        return [.. holders];
    }

    private async Task<bool> WaitLiveAsync(string key, DateTime deadline)
    {
        do
        {
            if (await nodes.CountAsync(LiveSql, ("key", key)) > 0)
            {
                return true;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        return await nodes.CountAsync(LiveSql, ("key", key)) > 0;
    }

    private const string LiveSql =
        "SELECT count(*) FROM \"Translations\" t JOIN \"Stories\" s ON s.\"Id\" = t.\"StoryId\" WHERE s.\"Key\" = @key AND t.\"IsLive\"";

    private Task<long> PublishRowsAsync(string key) =>
        nodes.CountAsync("SELECT count(*) FROM \"Audit\" WHERE \"Action\" = 'publish' AND \"Target\" = @target", ("target", key + "/ru"));

    private async Task<string> CreateAsync(Node node, string word, bool publish)
    {
        using var api = nodes.Api(node);
        var key = await CreateAsync(api, word, CancellationToken.None);
        if (publish)
        {
            (await api.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { })).EnsureSuccessStatusCode();
        }

        return key;
    }

    private static async Task<string> CreateAsync(HttpClient api, string word, CancellationToken cancellationToken)
    {
        using var created = await api.PostAsJsonAsync("/api/v1/stories", new
        {
            kind = "news",
            sourceLanguage = "ru",
            translations = new[] { new { language = "ru", title = "Новость " + word, summary = "", body = "Текст " + word + "." } },
        }, cancellationToken);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("key").GetString()!;
    }

    private async Task PublishAsync(Node node, string key, DateTime at)
    {
        using var api = nodes.Api(node);
        var when = at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        using var response = await api.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { at = when });
        Assert.True(response.IsSuccessStatusCode, $"scheduling {key} at {when}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<bool> FoundAsync(HttpClient api, string word, string key)
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/v1/search?q=" + word));
        return json.RootElement.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("storyKey").GetString() == key);
    }

    /// <summary>A browser (its <paramref name="cookies"/>, no redirects followed) signed in as the editor on
    /// <paramref name="node"/>, the address of its relative URLs.</summary>
    private async Task<HttpClient> SignedInBrowserAsync(Node node, CookieContainer cookies)
    {
        var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies })
        {
            BaseAddress = nodes.Address(node),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var login = nodes.Url(node, "/manager/login").ToString();
        using var signedIn = await NewsroomFactory.PostFormAsync(browser, login, login, [new("Email", NodePair.Email), new("Password", NodePair.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    /// <summary>The browser sends <paramref name="from"/>'s cookies to <paramref name="to"/> too, as it would to one host
    /// behind a proxy.</summary>
    private void ShareCookies(CookieContainer cookies, Node from, Node to)
    {
        foreach (Cookie cookie in cookies.GetCookies(nodes.Address(from)))
        {
            cookies.Add(nodes.Address(to), new Cookie(cookie.Name, cookie.Value, cookie.Path));
        }
    }

    private static string RandomWord(Random? random = null) =>
        new([.. Enumerable.Range(0, 10).Select(_ => (char)('a' + (random ?? Random.Shared).Next(26)))]);

    [GeneratedRegex(@"/media/[^)\s]+\.png")]
    private static partial Regex MediaPath();
}
