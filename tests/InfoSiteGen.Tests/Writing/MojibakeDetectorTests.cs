using System.Text;
using InfoSiteGen.Tests.Support;
using InfoSiteGen.Writing.LegacyEncodings;

namespace InfoSiteGen.Tests.Writing;

public class MojibakeDetectorTests
{
    private const string Tcvn3Misread = """
        ---
        title: "Tuyªn truyÒn LuËt TrÎ em"
        ---

        Céng hoµ x· héi chñ nghÜa ViÖt Nam. Së T\u00ADph¸p tØnh tæ chøc héi nghÞ.
        """;

    private const string VniMisread = """
        ---
        title: "Tuyeân truyeàn Luaät Treû em"
        ---

        Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Sôû Tö phaùp tænh toå chöùc hoäi nghò.
        """;

    [Fact]
    public void Finds_tcvn3_read_as_windows_1252_and_its_first_line()
    {
        var found = MojibakeDetector.Detect(Tcvn3Misread).Likely;

        Assert.NotNull(found);
        Assert.Equal(LegacyEncoding.Tcvn3, found.Encoding);
        Assert.Equal((2, 9, "Tuyªn"), (found.Line, found.Column, found.FirstWord));
    }

    [Fact]
    public void Finds_vni_read_as_windows_1252_and_its_first_line()
    {
        var found = MojibakeDetector.Detect(VniMisread).Likely;

        Assert.NotNull(found);
        Assert.Equal(LegacyEncoding.Vni, found.Encoding);
        Assert.Equal((2, 9, "Tuyeân"), (found.Line, found.Column, found.FirstWord));
    }

    [Theory]
    [InlineData(LegacyEncoding.Tcvn3, Tcvn3Misread)]
    [InlineData(LegacyEncoding.Vni, VniMisread)]
    public void Finds_raw_legacy_bytes(LegacyEncoding encoding, string misread)
    {
        var bytes = misread.Select(c => Windows1252.TryGetByte(c, out var b) ? b : throw new InvalidOperationException()).ToArray();

        Assert.Equal(encoding, MojibakeDetector.Detect(bytes).Likely?.Encoding);
    }

    [Fact]
    public void Two_legacy_words_are_not_enough()
    {
        Assert.Null(MojibakeDetector.Detect("Xem ViÖt Nam vµ the world.").Likely);
        Assert.Null(MojibakeDetector.Detect("ViÖt Nam, trang 2").Likely);
    }

    [Fact]
    public void The_repository_content_is_not_flagged()
    {
        var files = Directory.EnumerateFiles(Repository.Content, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(files);
        Assert.All(files, f =>
        {
            var detection = MojibakeDetector.Detect(File.ReadAllText(f, Encoding.UTF8));
            Assert.True(detection.Tcvn3 is null && detection.Vni is null, f);
        });
    }

    [Theory]
    [InlineData("Le comité a étudié la réunion de l'été à Genève ; déjà, « naïve » et garçon, où ça ?")]
    [InlineData("Die Mädchen für Übungen: Müller, Größe, schön, Bär, Löwe, Käse, Tür, hören, über.")]
    [InlineData("Trade · Services · Café · Résumé · Naïve · Fiancée · Déjà vu · Über · 5 µm · © 2024 · § 3 ¶ 2")]
    [InlineData("Søren Kierkegaard, Ærø, Ålborg, Øresund — Jürgen, Zoë, Chloë, Noël, Citroën, Raphaël, façade.")]
    [InlineData("Luật Trẻ em năm 2016 quy định quyền và bổn phận của trẻ em; cá nhân, cơ quan có trách nhiệm bảo vệ.")]
    [InlineData("Là cá, có tên, bé nó, và mà, há, khó, dê, tô, cô, bà, đá, lá, chú, ý, ú ớ, ví dụ, tỏ, cũ.")]
    public void Ordinary_text_is_not_flagged(string text)
    {
        var detection = MojibakeDetector.Detect(text);

        Assert.Null(detection.Tcvn3);
        Assert.Null(detection.Vni);
    }

    [Theory]
    [InlineData("ViÖt", true)]
    [InlineData("Việt", true)]
    [InlineData("nghiêng", true)]
    [InlineData("khuỷu", true)]
    [InlineData("quyết", true)]
    [InlineData("hòa", true)]
    [InlineData("hoà", true)]
    [InlineData("tồt", false)]
    [InlineData("été", false)]
    [InlineData("Müller", false)]
    [InlineData("café", false)]
    [InlineData("céng", false)]
    [InlineData("kinh", true)]
    [InlineData("ghế", true)]
    [InlineData("gà", true)]
    [InlineData("ngày", true)]
    [InlineData("nghỉ", true)]
    [InlineData("ngé", false)]
    [InlineData("hóàn", false)]
    public void Syllables_are_told_from_other_words(string word, bool valid)
    {
        Assert.Equal(valid, VietnameseSyllable.IsValid(word == "ViÖt" ? LegacyEncoding.Tcvn3.DecodeMisread(word) : word));
    }
}
