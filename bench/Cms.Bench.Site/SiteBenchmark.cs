using System.Diagnostics;
using System.Globalization;
using Cms.Bench.Site;
using Cms.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Bench.Site;

internal static class SiteBenchmark
{
    public static async Task<int> Main()
    {
        // The home page and the read API with the five seed stories, then with 10,000 more: list queries are paged and
        // indexed, so the latency must not grow with the number of stories.
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
                await StoryGenerator.AddAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), 10_000);
            }

            await MeasureAsync(rows, "10005", client, ["/ru/", "/ky/", "/ru/?page=250", "/api/v1/stories?lang=ru", "/api/v1/stories?page=300"]);
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

        private static async Task MeasureAsync(List<(string Stories, string Url, double P50, double P95)> rows, string stories, HttpClient client, string[] urls)
    {
        foreach (var url in urls)
        {
            for (var i = 0; i < 20; i++)
            {
                (await client.GetAsync(url)).EnsureSuccessStatusCode();
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
