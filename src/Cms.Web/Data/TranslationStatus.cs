namespace Cms.Web.Data;

internal enum TranslationStatus
{
    Draft,
    InReview,
    Published,
    Unpublished,
}
