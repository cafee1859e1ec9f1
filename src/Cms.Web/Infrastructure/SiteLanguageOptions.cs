using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Infrastructure;

internal sealed class SiteLanguageOptions
{
    /// <summary>BCP 47 language code used in URLs and content files, e.g. <c>ky</c>.</summary>
    [Required]
    [RegularExpression("^[a-z]{2,3}$")]
    public string Code { get; set; } = "";

    /// <summary>Culture for dates and numbers, e.g. <c>ky-KG</c>.</summary>
    [Required]
    public string Culture { get; set; } = "";

    /// <summary>The language's own name, e.g. <c>Кыргызча</c>.</summary>
    [Required]
    public string Name { get; set; } = "";
}
