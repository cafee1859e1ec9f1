using System.Diagnostics;
using System.Globalization;
using Cms.Bench.Site;
using Cms.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Bench.Site;

internal static class SiteBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        // The home page and the read API with the five seed stories, then with 10,000 more (--stories N for another
        // number): list queries are paged and indexed, so the latency must not grow with the number of stories.
        if (!TryParseStories(args, out var generated))
        {
            await Console.Error.WriteLineAsync("usage: Cms.Bench.Site [--stories N]   (N ≥ 40, default 10000)");
            return 2;
        }

        var content = FindContent();
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CMS_WEB", Path.Combine(Path.GetDirectoryName(content)!, "src", "Cms.Web"));
        var data = Path.Combine(Path.GetTempPath(), "cms-bench-site-" + Guid.NewGuid().ToString("N"));
        var rows = new List<(string Stories, string Url, double P50, double P95)>();
        try
        {
            await using var site = new SiteFactory(data, content);
            using var client = site.CreateClient();
            await MeasureAsync(rows, "5", client, ["/ru/", "/ky/", "/api/v1/stories?lang=ru"]);

            await using (var scope = site.Services.CreateAsyncScope())
            {
                await StoryGenerator.AddAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), generated);
            }

            // Pages deep in the list: the middle of the Russian pages, and 60 % into the API's pages of every story.
            await MeasureAsync(rows, (generated + 5).ToString(CultureInfo.InvariantCulture), client,
            [
                "/ru/", "/ky/", string.Create(CultureInfo.InvariantCulture, $"/ru/?page={generated / 40}"), "/api/v1/stories?lang=ru",
                string.Create(CultureInfo.InvariantCulture, $"/api/v1/stories?page={generated * 3 / 100}"),
            ]);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }

        Console.WriteLine("| stories | url | p50 ms | p95 ms |");
        Console.WriteLine("| --- | --- | --- | --- |");
        foreach (var row in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Stories} | {row.Url} | {row.P50:0.00} | {row.P95:0.00} |"));
        }

        return 0;
    }

    private static bool TryParseStories(string[] args, out int stories)
    {
        stories = 10_000;
        return args switch
        {
            [] => true,
            ["--stories", var n] => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out stories) && stories >= 40,
            _ => false,
        };
    }

    private static async Task MeasureAsync(List<(string Stories, string Url, double P50, double P95)> rows, string stories, HttpClient client, string[] urls)
    {
        foreach (var url in urls)
        {
            for (var i = 0; i < 20; i++)
            {
                using var warmUp = await client.GetAsync(url);
                if (!warmUp.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"GET {url} answered {(int)warmUp.StatusCode}."));
                }
            }

            var times = new List<double>();
            for (var i = 0; i < 200; i++)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                _ = await response.Content.ReadAsByteArrayAsync();
                times.Add(clock.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }

            times.Sort();
            rows.Add((stories, url, times[times.Count / 2], times[(int)(times.Count * 0.95)]));
        }
    }

    private static string FindContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cms.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        throw new InvalidOperationException("run from inside the repository");
    }
}
