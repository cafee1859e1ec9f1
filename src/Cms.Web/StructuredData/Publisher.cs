namespace Cms.Web.StructuredData;

/// <summary>Who publishes the site, as structured data names it: the organisation, its logo and its address.</summary>
internal sealed record Publisher(string Name, string LogoUrl, int LogoSize, string SiteUrl);
