#pragma once

// Chart.yaml files whose manifest annotations and config blobs were taken from real Helm (4.1.4's
// `helm package` + `helm push`, 3.4.2's `helm chart save`): tests/chart/test_helmannotations.cpp holds what
// Helm wrote for them, tests/interop/test_helm_annotations_interop.cpp compares against the real Helm again.
// (No raw string literals: Qt 6.4's moc fails on them.)

namespace charthouse::test::annotationcharts {

// The example: authors with and without email, home, several sources, a one-line description.
inline constexpr char team[]
    = "apiVersion: v2\nname: team\nversion: 2.3.4\n"
      "description: A chart with people behind it\n"
      "home: https://example.invalid/team\n"
      "sources:\n  - https://github.com/example/team\n  - https://mirror.example/team\n"
      "maintainers:\n  - name: Alice\n    email: alice@example.invalid\n"
      "    url: https://alice.example.invalid\n  - name: Bob\n"
      "keywords: [people, team]\nappVersion: \"7.0\"\ntype: application\n";

// Newlines, tabs, a control character, a zero-width space, NBSP, U+2028 and trailing spaces in the
// description; a maintainer with only an email; chart annotations that try to replace Helm's own keys.
inline constexpr char edge[]
    = "apiVersion: v2\nname: edge\nversion: 1.0.0\n"
      "description: \"Line one\\nLine two\\twith tab\\x01ctl\\u200bzw\\u00a0nbsp\\u2028ls end  \"\n"
      "home: https://example.invalid/home\n"
      "sources:\n  - https://github.com/example/edge\n  - https://gitlab.example/edge\n"
      "maintainers:\n  - name: Alice\n    email: alice@example.invalid\n    url: https://alice.example\n"
      "  - name: Bob\n  - email: anon@example.invalid\n  - name: \"Tab\\tName\"\n    url: https://x\n"
      "keywords: [\"k\\tw\"]\n"
      "annotations:\n  org.opencontainers.image.title: evil-title\n  org.opencontainers.image.version: "
      "9.9.9\n"
      "  org.opencontainers.image.source: https://override.example/src\n"
      "  org.opencontainers.image.description: \"annot\\ndesc\"\n"
      "  org.opencontainers.image.created: \"1999-01-01T00:00:00Z\"\n"
      "  example.com/empty: \"\"\n  \"\xed\x82\xa4\": \"\xea\xb0\x92\\x02\"\n"
      "appVersion: \"1.0\\t\"\n";

// Unicode spaces, format characters, private use, an unassigned code point, a combining mark and an emoji;
// home and the first source only whitespace; two empty maintainers; a dependency with control characters.
// (Helm 3.4.2's `chart save` refuses this one: its yaml writer rejects the control characters. Not DEL or C1
// controls but U+0085, which Charthouse refuses as Helm 3.4.2 does: see tests/interop/yaml-corpus.)
inline constexpr char uni[]
    = "apiVersion: v2\nname: uni\nversion: 0.1.0-rc.1+b.2\n"
      "description: \"ab\\u0085c\\u00add\\ufeffe\\ue000f\\u1680g\\u3000h\\u202fi\\u0301j\\U0001F600k"
      "\\u0378l\\r\\nm\\vn\\fo \\u2029p\\u200eq\\u061cr\"\n"
      "home: \"  \"\nsources:\n  - \"\\t\"\n  - https://second.example\n"
      "maintainers:\n  - name: \"\"\n  - {}\n"
      "keywords: [h\xc3\xa9llo]\ntype: application\n"
      "dependencies:\n  - name: dep\n    version: \"~1.2\\x01\"\n    repository: \"https://r\\te\"\n"
      "    condition: \"c\\nd\"\n    tags: [\"t\\u00a0u\"]\n    alias: good_alias\n    import-values: "
      "[\"i\\tv\"]\n";
// The subchart `uni` needs for `helm package`.
inline constexpr char uniDependency[] = "apiVersion: v2\nname: dep\nversion: 1.2.0\n";

// A multi-line (block scalar) description, as most real charts write a long one; no maintainers, no home.
inline constexpr char block[] = "apiVersion: v2\nname: block\nversion: 0.2.0\n"
                                "description: |\n  First line of a long description.\n"
                                "  Second line, then a blank one.\n\n  Last line.\n"
                                "annotations:\n  artifacthub.io/license: Apache-2.0\n"
                                "  org.opencontainers.image.authors: Someone Else\n";

// tests/interop/test_helm3_cache_interop.cpp's richer chart: HTML characters, a block description, an
// unquoted number as appVersion, deprecated, chart annotations and an aliased dependency.
inline constexpr char rich[]
    = "apiVersion: v2\nname: rich\nversion: 1.2.3-rc.1+build.5\nkubeVersion: \">=1.20.0-0\"\n"
      "description: |\n  Multi-line <b>description</b> & more\n  second line\n"
      "keywords: [web, \"a&b\"]\nhome: https://example.com/?a=1&b=2\n"
      "sources:\n  - https://github.com/example/rich\n"
      "maintainers:\n  - name: Ada\n    email: ada@example.com\n  - name: "
      "\xed\x99\x8d\xea\xb8\xb8\xeb\x8f\x99\n"
      "icon: https://example.com/icon.svg\nappVersion: 1.10\ndeprecated: true\n"
      "annotations:\n  z.example/last: \"1\"\n  a.example/first: \"<x>\"\n"
      "dependencies:\n  - name: common\n    version: 1.x.x\n    repository: file://../common\n"
      "    condition: common.enabled\n    tags: [infra]\n    alias: base\n"
      "type: application\n";
// The subchart `rich` needs for `helm package`.
inline constexpr char richDependency[] = "apiVersion: v2\nname: common\nversion: 1.0.0\n";

} // namespace charthouse::test::annotationcharts
