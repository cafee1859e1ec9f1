using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Infrastructure;

/// <summary>The <c>Cms</c> configuration section.</summary>
internal sealed class CmsOptions
{
    public const string Section = "Cms";

    /// <summary>Database and uploads. Relative paths resolve against the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>The Markdown tree imported on first start. Relative paths resolve against the content root.</summary>
    [Required]
    public string ContentDirectory { get; set; } = "../../content";

    /// <summary>Import <see cref="ContentDirectory"/> when the database holds no story.</summary>
    public bool ImportContentOnEmptyDatabase { get; set; } = true;

    /// <summary>Time zone the site shows times in (IANA id).</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Bishkek";

    [Range(1, 100)]
    public int PageSize { get; set; } = 20;

    /// <summary>Days the change log keeps its rows; a derived view older than that rebuilds from the database.</summary>
    [Range(1, 3650)]
    public int ChangeLogRetentionDays { get; set; } = 30;

    /// <summary>Largest accepted upload (images and PDF), in bytes.</summary>
    [Range(1024, 60L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>
    /// The site's public address (<c>https://news.example.org</c>). When set, every absolute URL the site writes
    /// (canonical, hreflang, API <c>url</c>s) starts with it instead of the request's Host header.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Reverse proxies (IP addresses) whose <c>X-Forwarded-For/-Proto/-Host</c> headers are believed.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of reverse proxies (CIDR, <c>10.0.0.0/8</c>) whose forwarded headers are believed.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Sign-in and setup attempts accepted from one client address per 15 minutes.</summary>
    [Range(1, 1_000_000)]
    public int SignInAttemptsPerClient { get; set; } = 20;

    /// <summary>The publisher's contact details (footer, structured data).</summary>
    public ContactOptions Contact { get; set; } = new();

    /// <summary>How the data-protection keys are kept (an optional certificate that encrypts them).</summary>
    public KeyRingOptions KeyRing { get; set; } = new();

    /// <summary>This process's name in logs, metrics and the <c>X-Cms-Node</c> header, so that the nodes behind one
    /// load balancer can be told apart; without it, the machine's name and the configured port.</summary>
    public string? NodeName { get; set; }

    /// <summary>Send the node's name in an <c>X-Cms-Node</c> header with every response.</summary>
    public bool NodeHeader { get; set; }
}
