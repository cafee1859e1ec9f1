using System.Diagnostics.CodeAnalysis;
using Cms.Web.Data;

namespace Cms.Web.Content.Rules;

/// <summary>
/// The one parser and formatter of <see cref="Vocabulary"/>: its name in addresses and the API (<c>place</c>), the
/// story field that refers to it (<c>places</c>) and its taxonomy file (<c>content/taxonomy/places.yml</c>).
/// </summary>
internal static class Vocabularies
{
    public const string Expected = "place, organisation, project or tag";

    public const string RoutePattern = "^(place|organisation|project|tag)$";

    public static IReadOnlyList<Vocabulary> All { get; } = [Vocabulary.Place, Vocabulary.Organisation, Vocabulary.Project, Vocabulary.Tag];

    public static string Name(Vocabulary vocabulary) => vocabulary switch
    {
        Vocabulary.Place => "place",
        Vocabulary.Organisation => "organisation",
        Vocabulary.Project => "project",
        Vocabulary.Tag => "tag",
        _ => throw new ArgumentOutOfRangeException(nameof(vocabulary), vocabulary, "Undefined vocabulary."),
    };

    /// <summary>The story field (content files, the API, the editor) that lists terms of this vocabulary.</summary>
    public static string StoryField(Vocabulary vocabulary) => vocabulary switch
    {
        Vocabulary.Place => "places",
        Vocabulary.Organisation => "organisers",
        Vocabulary.Project => "project",
        Vocabulary.Tag => "tags",
        _ => throw new ArgumentOutOfRangeException(nameof(vocabulary), vocabulary, "Undefined vocabulary."),
    };

    public static string FileName(Vocabulary vocabulary) => vocabulary switch
    {
        Vocabulary.Place => "places.yml",
        Vocabulary.Organisation => "organisations.yml",
        Vocabulary.Project => "projects.yml",
        Vocabulary.Tag => "tags.yml",
        _ => throw new ArgumentOutOfRangeException(nameof(vocabulary), vocabulary, "Undefined vocabulary."),
    };

    public static bool TryParse([NotNullWhen(true)] string? text, out Vocabulary vocabulary)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                vocabulary = candidate;
                return true;
            }
        }

        vocabulary = Vocabulary.Tag;
        return false;
    }
}
