namespace InfoSiteGen.Rendering;

/// <summary>Facts about the build that templates show: preview banners and the date the site stands at.</summary>
public sealed record BuildSettings(DateOnly Now, bool Preview);
