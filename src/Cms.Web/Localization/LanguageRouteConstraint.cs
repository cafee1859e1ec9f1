using Cms.Web.Infrastructure;

namespace Cms.Web.Localization;

/// <summary>The <c>{lang:sitelang}</c> route constraint: one of the configured language codes.</summary>
internal sealed class LanguageRouteConstraint(SiteLanguages languages) : IRouteConstraint
{
    public const string Name = "sitelang";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && languages.IsSupported(value as string);
}
