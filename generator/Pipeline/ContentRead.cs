using InfoSiteGen.Configuration;
using InfoSiteGen.Content;

namespace InfoSiteGen.Pipeline;

/// <summary>
/// The content as the pipeline read it: every item of every status and language, and how many letters were typed
/// decomposed (NFD) and composed on reading. <c>check</c> reports from it instead of reading the files again.
/// </summary>
public sealed record ContentRead(SiteConfig Config, IReadOnlyList<ContentItem> Items, int DecomposedLetters, int DecomposedFiles);
