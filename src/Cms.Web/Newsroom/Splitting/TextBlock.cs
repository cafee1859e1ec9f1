namespace Cms.Web.Newsroom.Splitting;

/// <summary>A paragraph of pasted text (lines between blank lines), or a rule line that separates parts.</summary>
internal sealed class TextBlock
{
    public TextBlock(int segment, bool isRule)
    {
        Segment = segment;
        IsRule = isRule;
    }

    /// <summary>Index of the stretch of text between rule lines this block lies in.</summary>
    public int Segment { get; }

    public bool IsRule { get; }

    public IList<string> Lines { get; } = new List<string>();

    public string Text => string.Join('\n', Lines);

    /// <summary>What <c>LanguageIdentifier</c> says about this block alone.</summary>
    public string? Identified { get; set; }

    public int Letters { get; set; }

    /// <summary>Long enough (or in a script of its own) for its identified language to be trusted.</summary>
    public bool IsConfident { get; set; }

    /// <summary>The language decided for the block in context.</summary>
    public string? Language { get; set; }
}
