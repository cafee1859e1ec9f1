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

    /// <summary>Largest accepted upload (images and PDF), in bytes.</summary>
    [Range(1024, 60L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;
}
