namespace Cms.Web.Tests.Newsroom;

/// <summary>The side-by-side editor's form as a browser would post it.</summary>
internal static class EditorPage
{
    /// <summary>The fields of the editor at <paramref name="page"/> as it shows them (without the antiforgery token and
    /// checkboxes), with <paramref name="changes"/> applied; changes naming no field are added.</summary>
    public static async Task<List<KeyValuePair<string, string>>> FieldsAsync(HttpClient browser, string page, Dictionary<string, string> changes)
    {
        var document = await Html.ParseAsync(await browser.GetAsync(page));
        var form = document.QuerySelector("form#editor") ?? throw new InvalidOperationException("no editor form on " + page);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || (element.GetAttribute("type") == "checkbox"))
            {
                continue;
            }

            var value = element.LocalName switch
            {
                "textarea" => element.TextContent,
                "select" => element.QuerySelector("option[selected]")?.GetAttribute("value") ?? element.QuerySelector("option")?.GetAttribute("value") ?? "",
                _ => element.GetAttribute("value") ?? "",
            };
            fields.Add(new(name, changes.Remove(name, out var changed) ? changed : value));
        }

        fields.AddRange(changes);
        return fields;
    }
}
