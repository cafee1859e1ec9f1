using System.Text;

namespace Cms.Search.Searching;

internal static class HtmlText
{
    public static void Append(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ when char.IsControl(c) => html.Append(' '),
                _ => html.Append(c),
            };
        }
    }
}
