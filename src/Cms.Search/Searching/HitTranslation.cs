namespace Cms.Search.Searching;

public sealed record HitTranslation(string Language, string Slug);
