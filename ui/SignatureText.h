#pragma once

#include "core/common/Error.h"
#include "core/provenance/ProvenanceCheck.h"

#include <QCoreApplication>
#include <QString>

namespace charthouse {

// The details view's Signature line: a chart's provenance check in the window's words.
class SignatureText
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::SignatureText)
public:
    static QString checking();
    static QString of(const ProvenanceCheck &check, const QString &keyring);
    static QString failed(const Error &error);
};

} // namespace charthouse
