// Makes the two content folders of bench/images.sh from the test photos: ARTICLES bilingual articles (NAME.vi.md and
// NAME.en.md, the English one with its own slug), each using PER_ARTICLE photos — the first as the lead picture
// (image: and image_alt:), the others as Markdown pictures in the body with alt text, one of them titled so it
// becomes a figure — and the same articles without any picture, for the baseline build. Both languages use the
// same photos, as a translation would: each photo is processed once, however many pages show it. site.yml and the
// standalone pages (about, contact: the menu of site.yml links to them) are copied from SITE_CONTENT.
//   node bench/images/make_content.mjs PHOTOS_DIR SITE_CONTENT WITH_DIR WITHOUT_DIR [ARTICLES] [PER_ARTICLE]
// Default 40 articles of 5 photos: the 200 photos each used by one article. The folders are made anew.
import fs from "node:fs";
import path from "node:path";

const [photosDir, siteContent, withDir, withoutDir, articlesText = "40", perText = "5"] = process.argv.slice(2);
if (!withoutDir) {
  console.error("usage: node make_content.mjs PHOTOS_DIR SITE_CONTENT WITH_DIR WITHOUT_DIR [ARTICLES] [PER_ARTICLE]");
  process.exit(2);
}
const articles = Number(articlesText), per = Number(perText);
const photos = fs.readdirSync(photosDir).filter((f) => f.endsWith(".jpg")).sort();
if (photos.length < articles * per) {
  console.error(`${articles} articles of ${per} photos need ${articles * per} photos; ${photosDir} has ${photos.length}`);
  process.exit(1);
}

// Ids that exist in the repository's content/site.yml.
const departments = ["so-tu-phap", "so-noi-vu", "cong-an-tinh", "so-thong-tin-va-truyen-thong", "ban-dan-toc", "so-lao-dong-thuong-binh-va-xa-hoi"];
const topics = ["quyen-tre-em", "binh-dang-gioi", "pho-bien-phap-luat", "quyen-dan-toc-thieu-so", "tu-do-tin-nguong-ton-giao", "hop-tac-quoc-te"];
const places = [
  ["xã Tân Lập", "Tan Lap commune"], ["phường Hòa Bình", "Hoa Binh ward"], ["huyện Đồng Xuân", "Dong Xuan district"],
  ["thị trấn Phú Thọ", "Phu Tho town"], ["xã Yên Thủy", "Yen Thuy commune"], ["phường Quang Trung", "Quang Trung ward"],
  ["huyện Mường Lát", "Muong Lat district"], ["xã Nghĩa Đô", "Nghia Do commune"],
];
const events = [
  ["Hội nghị phổ biến pháp luật về quyền con người", "Briefing on human rights law"],
  ["Buổi nói chuyện chuyên đề về bình đẳng giới", "Talk on gender equality"],
  ["Ngày hội trợ giúp pháp lý lưu động", "Mobile legal aid day"],
  ["Cuộc thi tìm hiểu Tuyên ngôn Quốc tế Nhân quyền", "Contest on the Universal Declaration of Human Rights"],
  ["Triển lãm ảnh về quyền trẻ em", "Photo exhibition on children's rights"],
];

const vietnameseParagraphs = [
  "Trong khuôn khổ các hoạt động kỷ niệm 75 năm Ngày Nhân quyền thế giới, chính quyền địa phương đã phối hợp với các ban, ngành, đoàn thể tổ chức nhiều hoạt động tuyên truyền thiết thực, hướng tới người dân ở cơ sở, đặc biệt là đồng bào vùng sâu, vùng xa.",
  "Các báo cáo viên đã giới thiệu những nội dung cơ bản của Hiến pháp năm 2013 về quyền con người, quyền và nghĩa vụ cơ bản của công dân, đồng thời giải đáp nhiều câu hỏi của người dân về thủ tục hành chính, đất đai, hôn nhân và gia đình.",
  "Nhiều ý kiến cho rằng hình thức tuyên truyền trực quan, gần gũi như pa-nô, áp phích, loa phát thanh và sinh hoạt khu dân cư giúp người dân dễ tiếp nhận thông tin hơn, nhất là người cao tuổi và người dân tộc thiểu số.",
  "Thời gian tới, địa phương tiếp tục duy trì các buổi sinh hoạt định kỳ, lồng ghép nội dung về quyền con người vào các chương trình phổ biến, giáo dục pháp luật, bảo đảm mọi người dân đều được tiếp cận thông tin đầy đủ, chính xác.",
];
const englishParagraphs = [
  "As part of the activities marking the 75th anniversary of Human Rights Day, the local authorities worked with departments and mass organisations on practical awareness-raising events for people at grassroots level, especially in remote areas.",
  "Speakers presented the main provisions of the 2013 Constitution on human rights and the basic rights and duties of citizens, and answered many questions from residents on administrative procedures, land, marriage and family.",
  "Many participants said that visual and familiar formats such as banners, posters, loudspeaker radio and neighbourhood meetings make the information easier to take in, especially for older people and ethnic minorities.",
  "In the coming months the locality will keep holding regular sessions and will include human rights in its legal education programmes, so that every resident can get complete and accurate information.",
];

function article(n, lang, photoList) {
  const vi = lang === "vi";
  const [place, placeEn] = places[n % places.length];
  const [event, eventEn] = events[n % events.length];
  const day = 1 + (n % 38); // 1 November to 8 December 2023, before the build date
  const date = new Date(Date.UTC(2023, 10, day)).toISOString().slice(0, 10);
  const number = String(n).padStart(2, "0");
  const title = vi ? `${event} tại ${place} (số ${number})` : `${eventEn} in ${placeEn} (no. ${number})`;
  const alt = (i) => vi
    ? `Người dân ${place} tham dự ${event.toLowerCase()}, ảnh ${i + 1}`
    : `Residents of ${placeEn} at the ${eventEn.toLowerCase()}, photo ${i + 1}`;
  const picture = (i) => photoList ? `![${alt(i)}](photos/${photoList[i]})` : null;
  const paragraphs = vi ? vietnameseParagraphs : englishParagraphs;
  const front = [
    "---",
    `title: "${title}"`,
    "status: approved",
    `approved_by: "Ban Chỉ đạo công tác nhân quyền tỉnh"`,
    `approved_on: ${date}`,
    `date: ${date}`,
    `department: ${departments[n % departments.length]}`,
    `topics: [${topics[n % topics.length]}]`,
    `summary: "${vi ? `Tin về ${event.toLowerCase()} tại ${place}.` : `News of the ${eventEn.toLowerCase()} in ${placeEn}.`}"`,
    ...(vi ? [] : [`slug: ${eventEn.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${number}`]),
    ...(photoList ? [`image: photos/${photoList[0]}`, `image_alt: "${alt(0)}"`] : []),
    "---",
  ];
  const caption = vi ? `Quang cảnh ${event.toLowerCase()} tại ${place}` : `The ${eventEn.toLowerCase()} in ${placeEn}`;
  const body = [
    paragraphs[0],
    picture(1),
    `## ${vi ? "Nội dung chính" : "Main points"}`,
    paragraphs[1],
    picture(2),
    paragraphs[2],
    // A titled picture alone in its paragraph becomes a figure with a caption.
    photoList ? `![${alt(3)}](photos/${photoList[3]} "${caption}")` : null,
    `## ${vi ? "Thời gian tới" : "Next steps"}`,
    paragraphs[3],
    ...photoList ? photoList.slice(4).map((_, i) => picture(4 + i)) : [],
  ].filter((line) => line !== null);
  return front.join("\n") + "\n\n" + body.join("\n\n") + "\n";
}

for (const [dir, withPhotos] of [[withDir, true], [withoutDir, false]]) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "articles"), { recursive: true });
  fs.copyFileSync(path.join(siteContent, "site.yml"), path.join(dir, "site.yml"));
  fs.cpSync(path.join(siteContent, "pages"), path.join(dir, "pages"), { recursive: true });
  if (withPhotos) {
    // Hard links: no copy of 500 MB, and the same file sizes and times as the photos themselves.
    fs.mkdirSync(path.join(dir, "articles", "photos"));
    for (const photo of photos.slice(0, articles * per)) {
      const to = path.join(dir, "articles", "photos", photo);
      try {
        fs.linkSync(path.join(photosDir, photo), to);
      } catch {
        fs.copyFileSync(path.join(photosDir, photo), to);
      }
    }
  }
  for (let n = 1; n <= articles; n++) {
    const list = withPhotos ? photos.slice((n - 1) * per, n * per) : null;
    const name = `bai-${String(n).padStart(2, "0")}`;
    for (const lang of ["vi", "en"]) {
      fs.writeFileSync(path.join(dir, "articles", `${name}.${lang}.md`), article(n, lang, list));
    }
  }
}
console.log(`${articles} articles × 2 languages, ${articles * per} photos: ${withDir}; without photos: ${withoutDir}`);
