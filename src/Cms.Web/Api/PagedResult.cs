namespace Cms.Web.Api;

internal sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
