using Cms.Web.Content;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Newsroom;
using Cms.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Terms;

/// <summary>
/// The newsroom's commands on terms, each one transaction: saving a term appends a change-log row for every story that
/// refers to it (their index documents carry its names), and the audit log. Also turns what an editor typed into a
/// story's term fields into term keys, inside the story's own transaction.
/// </summary>
internal sealed class TermService(
    CmsDbContext db,
    TermCatalogCache cache,
    AuditLog audit,
    TimeProvider time,
    SiteLanguages languages,
    IEnumerable<IStoryChangeSink> sinks,
    SearchFreshness freshness)
{
    private bool created;

    public Task<TermCatalog> CatalogAsync(CancellationToken cancellationToken = default) => cache.GetAsync(db, cancellationToken);

    public async Task<Term?> FindAsync(Vocabulary vocabulary, string key, CancellationToken cancellationToken = default) =>
        await db.Terms.AsNoTracking().Include(t => t.Labels).FirstOrDefaultAsync(t => t.Vocabulary == vocabulary && t.Key == key, cancellationToken);

    /// <summary>Creates the term, or replaces its names. <paramref name="expectedVersion"/>: the version the editor
    /// started from (null: no check, or a new term).</summary>
    /// <exception cref="NewsroomValidationException">The term breaks a rule, or its version moved on.</exception>
    public async Task<Term> SaveAsync(Vocabulary vocabulary, string key, TermEdit edit, int? expectedVersion, string user, CancellationToken cancellationToken = default)
    {
        edit = Normalized(edit);
        if (TermRules.Check(vocabulary, key, edit, languages) is { Count: > 0 } violations)
        {
            throw new NewsroomValidationException(RuleViolation.ToErrors(violations));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var term = await db.Terms.Include(t => t.Labels).FirstOrDefaultAsync(t => t.Vocabulary == vocabulary && t.Key == key, cancellationToken);
            var isNew = term is null;
            if (term is null)
            {
                term = new Term { Vocabulary = vocabulary, Key = key };
                db.Terms.Add(term);
            }
            else if (expectedVersion is { } expected && expected != term.Version)
            {
                throw NewsroomValidationException.For("version", "Error.TermVersion");
            }
            else
            {
                term.Version++;
            }

            Apply(term, edit);
            term.UpdatedUtc = time.GetUtcNow().UtcDateTime;
            audit.Add(user, isNew ? AuditActions.TermCreate : AuditActions.TermSave, Vocabularies.Name(vocabulary) + ":" + key);
            await db.SaveChangesAsync(cancellationToken);
            if (!isNew)
            {
                foreach (var story in await StoriesReferringAsync(vocabulary, key, cancellationToken))
                {
                    foreach (var sink in sinks)
                    {
                        await sink.StoryChangedAsync(story, cancellationToken);
                    }
                }
            }

            await transaction.CommitAsync(cancellationToken);
            cache.Invalidate();
            await freshness.AfterCommitAsync(cancellationToken);
            return term;
        }
        catch
        {
            db.ChangeTracker.Clear();
            freshness.AfterRollback();
            throw;
        }
    }

    /// <summary>
    /// The fields with every term given as a key: keys and names (label, common name, alias) of existing terms are
    /// taken; other names become new terms when <paramref name="newTerms"/> allows, else they are refused.
    /// </summary>
    /// <exception cref="NewsroomValidationException">A name matches no term and new ones are not allowed.</exception>
    public async Task<StoryFields> ResolveAsync(StoryFields fields, NewTerms? newTerms, CancellationToken cancellationToken)
    {
        var catalog = await CatalogAsync(cancellationToken);
        var violations = new List<RuleViolation>();
        var made = new Dictionary<(Vocabulary, string), string>();
        var keys = new HashSet<(Vocabulary, string)>(catalog.All.Select(t => (t.Vocabulary, t.Key)));

        List<string> Resolve(Vocabulary vocabulary, IReadOnlyList<string> names)
        {
            var result = new List<string>(names.Count);
            foreach (var raw in names)
            {
                var name = raw.Trim();
                if (name.Length == 0)
                {
                    continue;
                }

                if (catalog.Resolve(vocabulary, name) is { } key)
                {
                    result.Add(key);
                }
                else if (made.TryGetValue((vocabulary, TermNames.Normalize(name)), out var fresh))
                {
                    result.Add(fresh);
                }
                else if (newTerms is not null)
                {
                    var term = NewTerm(vocabulary, name, newTerms, keys);
                    made[(vocabulary, TermNames.Normalize(name))] = term.Key;
                    result.Add(term.Key);
                }
                else
                {
                    violations.Add(new(Vocabularies.StoryField(vocabulary),
                        new UiMessage("Error.TermUnknown", new UiMessage("Term.Kind." + Vocabularies.Name(vocabulary)), name)));
                }
            }

            return result;
        }

        var resolved = fields with
        {
            Places = Resolve(Vocabulary.Place, fields.Places),
            Organisers = Resolve(Vocabulary.Organisation, fields.Organisers),
            Project = fields.Project is null ? null : Resolve(Vocabulary.Project, [fields.Project]).FirstOrDefault(),
            Tags = Resolve(Vocabulary.Tag, fields.Tags),
            Event = fields.Details.Venue is { } venue ? fields.Details with { Venue = Resolve(Vocabulary.Place, [venue]).FirstOrDefault() } : fields.Event,
        };
        if (violations.Count > 0)
        {
            throw new NewsroomValidationException(RuleViolation.ToErrors(violations));
        }

        return resolved;
    }

    /// <summary>Called after the transaction that resolved fields committed: terms it created are seen at once.</summary>
    public void AfterCommit()
    {
        if (created)
        {
            cache.Invalidate();
            created = false;
        }
    }

    private Term NewTerm(Vocabulary vocabulary, string name, NewTerms newTerms, HashSet<(Vocabulary, string)> keys)
    {
        if (TermRules.Check(vocabulary, "key", new TermEdit(name, new Dictionary<string, string?>(), []), languages) is { Count: > 0 } violations)
        {
            throw new NewsroomValidationException(RuleViolation.ToErrors(violations.Select(v => v with { Field = Vocabularies.StoryField(vocabulary) })));
        }

        var language = TermNames.LanguageOf(name, newTerms.CyrillicLanguage);
        var key = UniqueKey(vocabulary, Slugifier.FromTitle(name, language ?? "en"), keys);
        var term = new Term
        {
            Vocabulary = vocabulary,
            Key = key,
            CommonName = language is null ? name : null,
            UpdatedUtc = time.GetUtcNow().UtcDateTime,
        };
        if (language is not null)
        {
            term.Labels.Add(new TermLabel { Language = language, Text = name });
        }

        db.Terms.Add(term);
        audit.Add(newTerms.User, AuditActions.TermCreate, Vocabularies.Name(vocabulary) + ":" + key);
        created = true;
        return term;
    }

    /// <summary>The key made from a name, shortened to fit and numbered when taken.</summary>
    public static string UniqueKey(Vocabulary vocabulary, string slug, HashSet<(Vocabulary, string)> taken)
    {
        var stem = slug.Length == 0 ? Vocabularies.Name(vocabulary) : slug;
        if (stem.Length > ContentLimits.TermKeyLength - 4)
        {
            var cut = stem.LastIndexOf('-', ContentLimits.TermKeyLength - 4);
            stem = cut > 0 ? stem[..cut] : stem[..(ContentLimits.TermKeyLength - 4)];
        }

        var key = stem;
        for (var n = 2; !taken.Add((vocabulary, key)); n++)
        {
            key = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return key;
    }

    public static TermEdit Normalized(TermEdit edit) => new(
        string.IsNullOrWhiteSpace(edit.CommonName) ? null : edit.CommonName.Trim(),
        edit.Labels.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToDictionary(l => l.Key, l => (string?)l.Value!.Trim(), StringComparer.Ordinal),
        [.. edit.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct(StringComparer.Ordinal)],
        string.IsNullOrWhiteSpace(edit.TimeZone) ? null : edit.TimeZone.Trim());

    /// <summary>Replaces the term's names by <paramref name="edit"/> (normalised).</summary>
    public static void Apply(Term term, TermEdit edit)
    {
        term.CommonName = edit.CommonName;
        term.Labels.RemoveAll(l => !edit.Labels.ContainsKey(l.Language));
        foreach (var (language, text) in edit.Labels)
        {
            if (term.Labels.FirstOrDefault(l => string.Equals(l.Language, language, StringComparison.Ordinal)) is { } label)
            {
                label.Text = text!;
            }
            else
            {
                term.Labels.Add(new TermLabel { Language = language, Text = text! });
            }
        }

        term.Aliases = [.. edit.Aliases];
        term.TimeZone = edit.TimeZone;
    }

    /// <summary>The stories (with their translations, tracked) whose term fields hold the term.</summary>
    public Task<List<Story>> StoriesReferringAsync(Vocabulary vocabulary, string key, CancellationToken cancellationToken) =>
        StoryTerms.Referring(db.Stories.Include(s => s.Translations), vocabulary, key).ToListAsync(cancellationToken);
}
