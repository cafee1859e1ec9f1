namespace Cms.Web.Pages.Manager.Stories;

/// <summary>The side-by-side editor's one form: the shared fields, both columns, and the button pressed.</summary>
internal sealed class EditorForm
{
    public string? Kind { get; set; }

    public string? EventStart { get; set; }

    public string? EventEnd { get; set; }

    public string? EventStartTime { get; set; }

    public string? EventEndTime { get; set; }

    public string? Venue { get; set; }

    /// <summary>The venue's address line by language code, posted as <c>VenueAddress[ky]</c>.</summary>
    public Dictionary<string, string?> VenueAddress { get; set; } = [];

    public string? OnlineUrl { get; set; }

    public string? RegistrationUrl { get; set; }

    public string? RegistrationDeadline { get; set; }

    /// <summary>One place per line (a name may contain commas).</summary>
    public string? Places { get; set; }

    public string? Organisers { get; set; }

    public string? Project { get; set; }

    public string? Tags { get; set; }

    public string? Image { get; set; }

    public int? FieldsVersion { get; set; }

    public string? FieldsOriginal { get; set; }

    public List<EditorColumnForm> Columns { get; set; } = [];

    /// <summary><c>save</c>, <c>publish-fields</c>, or a verb and a language: <c>publish:ky</c>, <c>schedule:ru</c>, …</summary>
    public string? Then { get; set; }

    /// <summary>List fields are edited one item per line and never split on commas (<c>StoryFields</c> trims and dedupes).</summary>
    public static List<string> Lines(string? text) => [.. (text ?? "").Split('\n')];
}
