using Cms.Web.Data;
using Cms.Web.Terms;

namespace Cms.Web.Content;

/// <summary>A term of <c>content/taxonomy/*.yml</c>.</summary>
internal sealed record TaxonomyTerm(Vocabulary Vocabulary, string Key, TermEdit Edit)
{
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
