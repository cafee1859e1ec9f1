using Cms.Web.Content;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Newsroom;
using Cms.Web.Terms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cms.Web.Pages.Manager.Terms;

/// <summary><c>/manager/terms/{vocabulary}/{key}</c> and <c>/manager/terms/new</c>: a term's labels per language, its
/// common name and aliases. A save re-indexes every story that uses the term.</summary>
internal sealed class EditModel(TermService terms, SiteLanguages languages, SiteClock clock, IStringLocalizer<SharedResource> text) : ManagerPageModel(languages, clock)
{
    public Vocabulary Vocabulary { get; private set; }

    public bool IsNew { get; private set; }

    public TermForm Form { get; private set; } = new();

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool Saved { get; private set; }

    /// <summary>The site's zone, what a place without its own stands in.</summary>
    public string SiteZone => VenueZones.IanaId(Clock.Zone);

    public async Task<IActionResult> OnGetAsync(string vocabulary, string? key, CancellationToken cancellationToken)
    {
        if (!Vocabularies.TryParse(vocabulary, out var parsed))
        {
            return NotFound();
        }

        Vocabulary = parsed;
        IsNew = key is null;
        if (key is not null)
        {
            if (await terms.FindAsync(parsed, key, cancellationToken) is not { } term)
            {
                return NotFound();
            }

            Form = new TermForm
            {
                Key = term.Key,
                CommonName = term.CommonName,
                Labels = term.Labels.ToDictionary(l => l.Language, l => (string?)l.Text, StringComparer.Ordinal),
                Aliases = string.Join("\n", term.Aliases),
                TimeZone = term.TimeZone,
                Version = term.Version,
            };
        }

        Saved = TempData["term-saved"] is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string vocabulary, string? key, TermForm form, CancellationToken cancellationToken)
    {
        if (!Vocabularies.TryParse(vocabulary, out var parsed))
        {
            return NotFound();
        }

        Vocabulary = parsed;
        IsNew = key is null;
        Form = form;
        var target = key ?? form.Key?.Trim() ?? "";
        if (IsNew && string.IsNullOrEmpty(target))
        {
            var name = form.CommonName ?? form.Labels.Values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? "";
            var language = TermNames.LanguageOf(name, "ru");
            target = Slugifier.FromTitle(name, language ?? "en");
        }

        try
        {
            if (IsNew && await terms.FindAsync(parsed, target, cancellationToken) is not null)
            {
                throw NewsroomValidationException.For("key", "Error.TermKeyTaken", target);
            }

            var edit = new TermEdit(form.CommonName, form.Labels, [.. (form.Aliases ?? "").Split('\n')], Vocabulary == Vocabulary.Place ? form.TimeZone : null);
            await terms.SaveAsync(parsed, target, edit, IsNew ? null : form.Version, UserName, cancellationToken);
            TempData["term-saved"] = true;
            return Redirect($"/manager/terms/{Vocabularies.Name(parsed)}/{target}");
        }
        catch (NewsroomValidationException ex)
        {
            foreach (var (field, messages) in ex.ErrorsIn(text))
            {
                Errors[field] = messages;
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
