using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Data;

internal sealed class CmsDbContext(DbContextOptions<CmsDbContext> options) : DbContext(options)
{
    public DbSet<Story> Stories => Set<Story>();

    public DbSet<Translation> Translations => Set<Translation>();

    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Story>(story =>
        {
            story.HasIndex(s => s.Key).IsUnique();
            story.HasIndex(s => new { s.FirstPublishedUtc, s.Id });
            story.Property(s => s.Key).HasMaxLength(120);
            story.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
            story.Property(s => s.SourceLanguage).HasMaxLength(16);
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
