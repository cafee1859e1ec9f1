using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Infrastructure;

/// <summary>The <c>Languages</c> configuration section: which languages the site publishes in.</summary>
internal sealed class LanguageOptions
{
    public const string Section = "Languages";

    [Required]
    public string Default { get; set; } = "ru";

    [MinLength(1)]
    public List<SiteLanguageOptions> Supported { get; set; } = [];
}
