#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace charthouse {

// One challenge of a WWW-Authenticate header: `Basic realm="x"` or
// `Bearer realm="https://auth/token",service="registry",scope="repository:a/b:pull"`.
struct AuthChallenge
{
    QString scheme; // lower case: "basic", "bearer"
    QMap<QString, QString> params; // keys lower case

    static QList<AuthChallenge> parse(const QByteArray &header);
};

} // namespace charthouse
