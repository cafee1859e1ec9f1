namespace Cms.Web.Content;

/// <summary>A whole content directory: the stories and the taxonomy their term fields refer to.</summary>
internal sealed record ContentTree(IReadOnlyList<StoryDocument> Stories, IReadOnlyList<TaxonomyTerm> Terms);
