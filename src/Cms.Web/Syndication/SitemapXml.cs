using System.Text;
using System.Xml;
using Cms.Web.Pages.Shared;

namespace Cms.Web.Syndication;

/// <summary>Writes the sitemap protocol's files: the index, a URL set with hreflang alternates, and a Google News
/// sitemap. Times are W3C datetimes in UTC.</summary>
internal static class SitemapXml
{
    public const string ContentType = "application/xml; charset=utf-8";

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    public static byte[] Index(IEnumerable<string> sitemaps) => Write(writer =>
    {
        writer.WriteStartElement("sitemapindex", SitemapNamespace);
        foreach (var location in sitemaps)
        {
            writer.WriteStartElement("sitemap", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, location);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    public static byte[] UrlSet(IEnumerable<SitemapUrl> urls) => Write(writer =>
    {
        writer.WriteStartElement("urlset", SitemapNamespace);
        writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var url in urls)
        {
            writer.WriteStartElement("url", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, url.Location);
            if (url.LastModifiedUtc is { } modified)
            {
                writer.WriteElementString("lastmod", SitemapNamespace, SitePageModel.IsoTime(modified));
            }

            foreach (var alternate in url.Versions.Alternates)
            {
                Alternate(writer, alternate.Language, alternate.Url);
            }

            Alternate(writer, "x-default", url.Versions.XDefaultUrl);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    public static byte[] News(IEnumerable<NewsSitemapEntry> entries) => Write(writer =>
    {
        writer.WriteStartElement("urlset", SitemapNamespace);
        writer.WriteAttributeString("xmlns", "news", null, NewsNamespace);
        foreach (var entry in entries)
        {
            writer.WriteStartElement("url", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, entry.Location);
            writer.WriteStartElement("news", NewsNamespace);
            writer.WriteStartElement("publication", NewsNamespace);
            writer.WriteElementString("name", NewsNamespace, entry.Publication);
            writer.WriteElementString("language", NewsNamespace, entry.Language);
            writer.WriteEndElement();
            writer.WriteElementString("publication_date", NewsNamespace, SitePageModel.IsoTime(entry.PublishedUtc));
            writer.WriteElementString("title", NewsNamespace, entry.Title);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    private static void Alternate(XmlWriter writer, string language, string url)
    {
        writer.WriteStartElement("link", XhtmlNamespace);
        writer.WriteAttributeString("rel", "alternate");
        writer.WriteAttributeString("hreflang", language);
        writer.WriteAttributeString("href", url);
        writer.WriteEndElement();
    }

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
