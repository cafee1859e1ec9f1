namespace Cms.Web.Data;

internal enum TranslationStatus
{
    Draft,
    Published,
    Unpublished,
}
