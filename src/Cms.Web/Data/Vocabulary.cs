namespace Cms.Web.Data;

/// <summary>The four lists of terms a story refers to.</summary>
internal enum Vocabulary
{
    Place,
    Organisation,
    Project,
    Tag,
}
