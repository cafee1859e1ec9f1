using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Cms.Web.Tests.Syndication;

/// <summary>Reads a feed with a real parser (Universal Feed Parser) and hands back what it understood, as JSON.</summary>
internal static class FeedParser
{
    public const string Python = "/usr/bin/python3";

    private const string Script = """
        import sys, json, time, feedparser
        d = feedparser.parse(sys.argv[1])
        def t(s):
            return time.strftime('%Y-%m-%dT%H:%M:%SZ', s) if s else None
        def links(e):
            return [{'rel': l.get('rel'), 'href': l.get('href'), 'hreflang': l.get('hreflang'), 'type': l.get('type'), 'length': str(l.get('length', ''))} for l in e.get('links', [])]
        print(json.dumps({
            'bozo': int(d.bozo), 'error': str(d.get('bozo_exception', '')), 'version': d.version,
            'feed': {'title': d.feed.get('title'), 'subtitle': d.feed.get('subtitle'), 'language': d.feed.get('language'),
                     'titleLanguage': d.feed.get('title_detail', {}).get('language'), 'updated': t(d.feed.get('updated_parsed')), 'links': links(d.feed)},
            'entries': [{'id': e.get('id'), 'title': e.get('title'), 'language': e.get('title_detail', {}).get('language'),
                         'link': e.get('link'), 'published': t(e.get('published_parsed')), 'updated': t(e.get('updated_parsed')),
                         'links': links(e), 'tags': [g.get('term') for g in e.get('tags', [])],
                         'content': [c.get('value') for c in e.get('content', [])], 'summary': e.get('summary'), 'author': e.get('author')}
                        for e in d.entries]}, ensure_ascii=False))
        """;

    public static bool IsInstalled => File.Exists(Python) && Directory.Exists("/usr/lib/python3/dist-packages/feedparser");

    public static async Task<JsonElement> ParseAsync(byte[] feed)
    {
        var file = Path.Combine(Path.GetTempPath(), $"feed-{Guid.NewGuid():N}.xml");
        await File.WriteAllBytesAsync(file, feed);
        try
        {
            var start = new ProcessStartInfo(Python)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                Environment = { ["PYTHONIOENCODING"] = "utf-8" },
            };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(Script);
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{Python} with feedparser failed ({process.ExitCode}): {await errors}");
            return JsonDocument.Parse(await output).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
