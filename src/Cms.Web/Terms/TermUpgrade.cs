using System.Text.Json;
using Cms.Web.Content;
using Cms.Web.Data;
using Cms.Web.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Terms;

/// <summary>
/// Runs once, right after the migration that brought terms: the places, organisers, projects and tags stories held as
/// text become terms. Spellings that are the same after <see cref="TermNames.Normalize"/> become one term, labelled
/// in the languages the text can be in (its letters, and the source language of the stories using it). The stories'
/// fields, and their unpublished shared fields, then hold the terms' keys. One transaction; the search index rebuilds
/// anyway, because its layout changed with the same release.
/// </summary>
internal sealed partial class TermUpgrade(CmsDbContext db, TimeProvider time, ILogger<TermUpgrade> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var stories = await db.Stories.ToListAsync(cancellationToken);
        if (stories.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var keys = (await db.Terms.Select(t => new { t.Vocabulary, t.Key }).ToListAsync(cancellationToken)).Select(t => (t.Vocabulary, t.Key)).ToHashSet();
        var made = new Dictionary<(Vocabulary, string), Term>();

        string KeyFor(Vocabulary vocabulary, string name, string sourceLanguage)
        {
            var normal = TermNames.Normalize(name);
            var language = TermNames.LanguageOf(name, sourceLanguage is "ky" or "ru" ? sourceLanguage : "ru");
            if (!made.TryGetValue((vocabulary, normal), out var term))
            {
                term = new Term
                {
                    Vocabulary = vocabulary,
                    Key = TermService.UniqueKey(vocabulary, Slugifier.FromTitle(name, language ?? "en"), keys),
                    UpdatedUtc = now,
                };
                made[(vocabulary, normal)] = term;
                db.Terms.Add(term);
            }

            if (language is null)
            {
                term.CommonName ??= name.Trim();
            }
            else if (term.CommonName is null && term.Labels.All(l => !string.Equals(l.Language, language, StringComparison.Ordinal)))
            {
                term.Labels.Add(new TermLabel { Language = language, Text = name.Trim() });
            }

            return term.Key;
        }

        StoryFields Keyed(StoryFields fields, string source) => fields with
        {
            Places = [.. fields.Places.Select(p => KeyFor(Vocabulary.Place, p, source)).Distinct(StringComparer.Ordinal)],
            Organisers = [.. fields.Organisers.Select(o => KeyFor(Vocabulary.Organisation, o, source)).Distinct(StringComparer.Ordinal)],
            Project = fields.Project is { } project ? KeyFor(Vocabulary.Project, project, source) : null,
            Tags = [.. fields.Tags.Select(t => KeyFor(Vocabulary.Tag, t, source)).Distinct(StringComparer.Ordinal)],
        };

        foreach (var story in stories)
        {
            var keyed = Keyed(StoryFields.Of(story), story.SourceLanguage);
            (story.Places, story.Organisers, story.Project, story.Tags) = ([.. keyed.Places], [.. keyed.Organisers], keyed.Project, [.. keyed.Tags]);
            if (story.PendingFields is { } json && JsonSerializer.Deserialize<StoryFields>(json) is { } pending)
            {
                story.PendingFields = JsonSerializer.Serialize(Keyed(pending, story.SourceLanguage));
            }
        }

        // A term named both in Latin letters and in a script gets labels, not a common name.
        foreach (var term in made.Values.Where(t => t.CommonName is not null && t.Labels.Count > 0))
        {
            term.Aliases.Add(term.CommonName!);
            term.CommonName = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogUpgraded(made.Count, stories.Count);
    }

    [LoggerMessage(LogLevel.Information, "Turned the stories' places, organisers, projects and tags into {Terms} terms ({Stories} stories)")]
    private partial void LogUpgraded(int terms, int stories);
}
