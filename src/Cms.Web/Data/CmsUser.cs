using Microsoft.AspNetCore.Identity;

namespace Cms.Web.Data;

/// <summary>A newsroom account.</summary>
internal sealed class CmsUser : IdentityUser
{
    /// <summary>The manager's UI language (ky, ru, ka).</summary>
    public string UiLanguage { get; set; } = "ru";

    public DateTime CreatedUtc { get; set; }

    public bool IsDisabled { get; set; }
}
