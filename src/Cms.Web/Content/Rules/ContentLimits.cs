namespace Cms.Web.Content.Rules;

/// <summary>The size limits of a story's texts and lists.</summary>
internal static class ContentLimits
{
    public const int TitleLength = 300;
    public const int SummaryLength = 1_000;
    public const int BodyLength = 500_000;
    public const int ProjectLength = 300;
    public const int ListItems = 50;
    public const int ListItemLength = 200;
    public const int AltTextLength = 300;
    public const int CaptionLength = 500;
    public const int CreditLength = 200;
    public const int TermKeyLength = 80;
    public const int TermLabelLength = 300;
    public const int TermAliases = 20;
    public const int UrlLength = 500;

    /// <summary>An IANA time zone id (the longest are about 30 characters).</summary>
    public const int TimeZoneLength = 64;
    public const int AddressLength = 300;
    /// <summary>Any date or time a user gives (event dates, publication times, token expiry) lies in these years.</summary>
    public const int FirstYear = 1990;
    public const int LastYear = 2100;

    /// <summary>Block quotes and lists inside each other, brackets or emphasis open at once.</summary>
    public const int MarkdownNesting = 32;

    /// <summary>Links and autolinks in one body: Markdig's autolink parser costs quadratic time in their number.</summary>
    public const int MarkdownLinks = 1_000;
}
