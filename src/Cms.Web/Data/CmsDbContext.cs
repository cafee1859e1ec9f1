using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Data;

internal sealed class CmsDbContext(DbContextOptions<CmsDbContext> options) : IdentityDbContext<CmsUser>(options)
{
    public DbSet<Story> Stories => Set<Story>();

    public DbSet<Translation> Translations => Set<Translation>();

    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

    public DbSet<TranslationRevision> Revisions => Set<TranslationRevision>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<MediaItem> Media => Set<MediaItem>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    public DbSet<Term> Terms => Set<Term>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<CmsUser>(user =>
        {
            user.Property(u => u.UiLanguage).HasMaxLength(16);
        });

        modelBuilder.Entity<Story>(story =>
        {
            story.HasIndex(s => s.Key).IsUnique();
            story.HasIndex(s => new { s.FirstPublishedUtc, s.Id });
            story.Property(s => s.Key).HasMaxLength(120);
            story.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
            story.Property(s => s.SourceLanguage).HasMaxLength(16);
            story.Property(s => s.Image).HasMaxLength(100);
            story.Property(s => s.Venue).HasMaxLength(Content.Rules.ContentLimits.TermKeyLength);
            story.Property(s => s.VenueAddress).HasConversion(new LanguageTextsConverter(), LanguageTextsConverter.Comparer);
            story.Property(s => s.OnlineUrl).HasMaxLength(Content.Rules.ContentLimits.UrlLength);
            story.Property(s => s.RegistrationUrl).HasMaxLength(Content.Rules.ContentLimits.UrlLength);
            story.Property(s => s.Version).IsConcurrencyToken();
            story.Property(s => s.DeletedBy).HasMaxLength(256);
            story.Property(s => s.ScheduleError).HasMaxLength(500);
            story.HasIndex(s => s.DeletedUtc);
            story.HasMany(s => s.Translations).WithOne(t => t.Story).HasForeignKey(t => t.StoryId)
                .OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Translation>(translation =>
        {
            translation.Property(t => t.Language).HasMaxLength(16);
            translation.Property(t => t.Slug).HasMaxLength(200);
            translation.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            translation.HasIndex(t => new { t.Language, t.Slug }).IsUnique();
            translation.HasIndex(t => new { t.StoryId, t.Language }).IsUnique();
            // The public listing: one language, published, newest first.
            translation.HasIndex(t => new { t.Language, t.Status, t.PublishedUtc, t.Id });
            translation.HasIndex(t => new { t.Language, t.IsLive, t.PublishedUtc, t.Id });
            translation.Property(t => t.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<TranslationRevision>(revision =>
        {
            revision.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            revision.Property(r => r.Slug).HasMaxLength(200);
            revision.Property(r => r.SavedBy).HasMaxLength(256);
            revision.Property(r => r.Note).HasMaxLength(200);
            revision.HasIndex(r => new { r.TranslationId, r.Id });
            revision.HasOne(r => r.Translation).WithMany().HasForeignKey(r => r.TranslationId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Term>(term =>
        {
            term.Property(t => t.Vocabulary).HasConversion<string>().HasMaxLength(20);
            term.Property(t => t.Key).HasMaxLength(Content.Rules.ContentLimits.TermKeyLength);
            term.Property(t => t.CommonName).HasMaxLength(Content.Rules.ContentLimits.TermLabelLength);
            term.Property(t => t.Version).IsConcurrencyToken();
            term.HasIndex(t => new { t.Vocabulary, t.Key }).IsUnique();
            term.HasMany(t => t.Labels).WithOne().HasForeignKey(l => l.TermId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TermLabel>(label =>
        {
            label.HasKey(l => new { l.TermId, l.Language });
            label.Property(l => l.Language).HasMaxLength(16);
            label.Property(l => l.Text).HasMaxLength(Content.Rules.ContentLimits.TermLabelLength);
        });

        modelBuilder.Entity<ChangeLogEntry>(entry =>
        {
            entry.ToTable("ChangeLog");
            entry.HasKey(e => e.Sequence);
            entry.Property(e => e.Sequence).ValueGeneratedOnAdd();
            entry.Property(e => e.StoryKey).HasMaxLength(120);
            entry.HasIndex(e => e.AtUtc);
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.HasIndex(e => e.AtUtc);
        });

        modelBuilder.Entity<ApiToken>(token =>
        {
            token.Property(t => t.Name).HasMaxLength(100);
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasOne<CmsUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<MediaItem>(media =>
        {
            media.Property(m => m.StoredName).HasMaxLength(100);
            media.Property(m => m.ContentType).HasMaxLength(50);
            media.Property(m => m.OriginalName).HasMaxLength(200);
            media.Property(m => m.UploadedBy).HasMaxLength(256);
            media.HasIndex(m => m.StoredName).IsUnique();
            media.HasIndex(m => m.UploadedUtc);
            media.HasMany(m => m.AltTexts).WithOne().HasForeignKey(a => a.MediaItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<MediaAltText>(alt =>
        {
            alt.HasKey(a => new { a.MediaItemId, a.Language });
            alt.Property(a => a.Language).HasMaxLength(16);
        });

        modelBuilder.Entity<SlugRedirect>(redirect =>
        {
            redirect.Property(r => r.Language).HasMaxLength(16);
            redirect.Property(r => r.Slug).HasMaxLength(200);
            redirect.HasIndex(r => new { r.Language, r.Slug }).IsUnique();
            redirect.HasOne(r => r.Translation).WithMany().HasForeignKey(r => r.TranslationId)
                .OnDelete(DeleteBehavior.Cascade);
        });
    }
}
