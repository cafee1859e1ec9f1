using System.Globalization;

namespace Cms.Web.Infrastructure;

public sealed record SiteLanguage(string Code, CultureInfo Culture, string Name);
