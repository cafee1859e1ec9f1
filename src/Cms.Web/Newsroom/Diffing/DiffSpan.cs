namespace Cms.Web.Newsroom.Diffing;

internal sealed record DiffSpan(DiffOp Op, string Text);
