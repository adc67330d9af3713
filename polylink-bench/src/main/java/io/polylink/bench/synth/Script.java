package io.polylink.bench.synth;

/** The writing systems synthetic names are rendered in. */
enum Script {
  LATIN,
  CYRILLIC,
  GREEK,
  ARABIC,
  HAN,
  KANA,
  THAI,
  DEVANAGARI
}
