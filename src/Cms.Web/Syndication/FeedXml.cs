using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Cms.Web.Syndication;

/// <summary>Writes a feed as Atom 1.0 or RSS 2.0 (System.ServiceModel.Syndication): Atom dates are RFC 3339, RSS dates
/// RFC 822, both in UTC.</summary>
internal static class FeedXml
{
    public const string AtomContentType = "application/atom+xml; charset=utf-8";

    public const string RssContentType = "application/rss+xml; charset=utf-8";

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>RSS 2.0 has no element for the full text; readers take it from <c>content:encoded</c>.</summary>
    private static readonly XNamespace ContentModule = "http://purl.org/rss/1.0/modules/content/";

    public static string ContentType(FeedFormat format) => format == FeedFormat.Atom ? AtomContentType : RssContentType;

    public static byte[] Write(FeedHeader header, IReadOnlyList<FeedEntry> entries, FeedFormat format)
    {
        var feed = new SyndicationFeed
        {
            Id = header.SelfUrl,
            Title = new TextSyndicationContent(header.Title),
            Description = new TextSyndicationContent(header.Subtitle),
            Language = header.Language,
            LastUpdatedTime = entries.Count == 0 ? DateTimeOffset.UnixEpoch : Utc(entries.Max(e => e.UpdatedUtc)),
            Items = [.. entries.Select(e => Item(e, format))],
        };
        feed.Links.Add(new SyndicationLink(new Uri(header.PageUrl), "alternate", null, "text/html", 0));
        feed.Links.Add(new SyndicationLink(new Uri(header.SelfUrl), "self", null, format == FeedFormat.Atom ? "application/atom+xml" : "application/rss+xml", 0));
        if (format == FeedFormat.Atom)
        {
            feed.Authors.Add(new SyndicationPerson { Name = header.Author, Uri = header.PageUrl });
        }
        else
        {
            feed.AttributeExtensions.Add(new XmlQualifiedName("content", "http://www.w3.org/2000/xmlns/"), ContentModule.NamespaceName);
        }

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            SyndicationFeedFormatter formatter = format == FeedFormat.Atom ? new Atom10FeedFormatter(feed) : new Rss20FeedFormatter(feed);
            formatter.WriteTo(writer);
        }

        return stream.ToArray();
    }

    private static SyndicationItem Item(FeedEntry entry, FeedFormat format)
    {
        var item = new SyndicationItem
        {
            Id = entry.Id,
            Title = new TextSyndicationContent(entry.Title),
            Summary = new TextSyndicationContent(entry.Summary),
            PublishDate = Utc(entry.PublishedUtc),
            LastUpdatedTime = Utc(entry.UpdatedUtc),
        };
        item.AttributeExtensions.Add(new XmlQualifiedName("lang", XmlNamespace), entry.Language);

        // Readers take an entry's page from its alternate links, some from the first (RSS's <link> is the first),
        // some from the last (feedparser): the entry's own page comes first without hreflang, then every translation
        // with its hreflang, its own last. Atom forbids only two alternates with the same type and hreflang.
        item.Links.Add(new SyndicationLink(new Uri(entry.Url), "alternate", null, "text/html", 0));
        foreach (var translation in entry.Translations.OrderBy(t => t.Url == entry.Url ? 1 : 0))
        {
            var link = new SyndicationLink(new Uri(translation.Url), "alternate", null, "text/html", 0);
            link.AttributeExtensions.Add(new XmlQualifiedName("hreflang"), translation.Language);
            item.Links.Add(link);
        }

        if (entry.Image is { } image)
        {
            item.Links.Add(SyndicationLink.CreateMediaEnclosureLink(new Uri(image.Url), image.ContentType, image.Length));
        }

        foreach (var category in entry.Categories)
        {
            item.Categories.Add(new SyndicationCategory(category));
        }

        item.Authors.Add(new SyndicationPerson { Name = entry.Author });
        if (format == FeedFormat.Atom)
        {
            item.Content = SyndicationContent.CreateHtmlContent(entry.Html);
        }
        else
        {
            using var reader = new XElement(ContentModule + "encoded", new XAttribute(XNamespace.Xmlns + "content", ContentModule), entry.Html).CreateReader();
            item.ElementExtensions.Add(reader);
        }

        return item;
    }

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeSpan.Zero);
}
