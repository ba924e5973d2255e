#pragma once

#include <QtGlobal>

namespace charthouse {

// Every answer a registry or token service sends is bounded; nothing grows with what a server sends.
constexpr qint64 maxSmallBody = 4 * 1024 * 1024; // manifests, token answers, tag and catalog pages
constexpr qint64 maxErrorBody = 64 * 1024; // of an error answer, only this much is kept (for its message)
constexpr qint64 streamChunk = 256 * 1024; // a streamed body is read in pieces of at most this much
constexpr int maxListPages = 5'000; // of a tag list or catalog
constexpr int maxListItems = 1'000'000;

} // namespace charthouse
