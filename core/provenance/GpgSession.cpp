#include "core/provenance/GpgSession.h"

#include "core/common/FileIo.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <mutex>

namespace charthouse {

namespace {

// gpg.conf of the private home: never fetch keys from the network, trust only what the keyring holds (as
// Helm, which has no web of trust), and sign with SHA-512 as Helm does.
constexpr char gpgConf[] = "no-auto-key-retrieve\n"
                           "no-auto-key-locate\n"
                           "trust-model always\n"
                           "personal-digest-preferences SHA512 SHA384 SHA256\n";

bool initialise()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] {
        gpgme_check_version(nullptr);
        ready = gpgme_engine_check_version(GPGME_PROTOCOL_OpenPGP) == 0;
    });
    return ready;
}

} // namespace

QString GpgSession::describe(gpgme_error_t error)
{
    return QString::fromUtf8(gpgme_strerror(error));
}

Result<std::unique_ptr<GpgSession>> GpgSession::open()
{
    if (!initialise())
        return Error(Error::Code::Internal, tr("GnuPG (gpg) is not installed or too old for GPGME"));
    std::unique_ptr<GpgSession> session(new GpgSession);
    if (!session->m_home.isValid())
        return Error(
            Error::Code::Io, tr("cannot make a private GnuPG home: %1").arg(session->m_home.errorString()));
    // QTemporaryDir makes it 0700 already; gpg refuses a home others can read, so say it once more.
    QFile::setPermissions(session->m_home.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile conf(session->m_home.filePath(QStringLiteral("gpg.conf")));
    if (!conf.open(QIODevice::WriteOnly) || conf.write(gpgConf) < 0)
        return Error(Error::Code::Io, tr("cannot write %1: %2").arg(conf.fileName(), conf.errorString()));
    conf.close();
    if (gpgme_error_t e = gpgme_new(&session->m_context); e != 0)
        return Error(Error::Code::Internal, tr("cannot start GPGME: %1").arg(describe(e)));
    const QByteArray home = QFile::encodeName(session->m_home.path());
    if (gpgme_error_t e
        = gpgme_ctx_set_engine_info(session->m_context, GPGME_PROTOCOL_OpenPGP, nullptr, home.constData());
        e != 0)
        return Error(Error::Code::Internal,
            tr("cannot point GnuPG at %1: %2").arg(session->m_home.path(), describe(e)));
    return session;
}

GpgSession::~GpgSession()
{
    if (m_context)
        gpgme_release(m_context);
    if (m_agentMayRun) {
        // The agent keeps the imported secret key unlocked in memory: stop it before its home goes.
        const char *gpgconf = gpgme_get_dirinfo("gpgconf-name");
        if (gpgconf)
            QProcess::execute(QFile::decodeName(gpgconf),
                {QStringLiteral("--homedir"), m_home.path(), QStringLiteral("--kill"),
                    QStringLiteral("gpg-agent")});
    }
    // gpgconf --kill returns before the agent has gone, and the agent removes its sockets as it goes: a
    // removal racing it fails on a directory that is not empty yet, and would leave the home behind. Try
    // again a while.
    for (int attempt = 0; attempt < 100 && !m_home.remove(); ++attempt)
        QThread::msleep(20);
}

Result<int> GpgSession::importKeyring(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Code::NotFound, tr("the keyring %1 does not exist").arg(path));
    auto bytes = fileio::readRegularFile(path, maxKeyringSize, true);
    if (!bytes)
        return bytes.error();
    // Secret keys start a gpg-agent; so may a "public" keyring that holds secret keys. Either way it is
    // stopped.
    m_agentMayRun = true;
    GpgData keys(*bytes);
    if (gpgme_error_t e = gpgme_op_import(m_context, keys.data); e != 0)
        return Error(Error::Code::InvalidInput, tr("cannot read the keyring %1: %2").arg(path, describe(e)));
    const gpgme_import_result_t result = gpgme_op_import_result(m_context);
    if (!result || result->considered == 0
        || (result->imported == 0 && result->unchanged == 0 && result->secret_imported == 0))
        return Error(Error::Code::InvalidInput, tr("the keyring %1 holds no OpenPGP key").arg(path));
    return result->considered;
}

GpgData::GpgData(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        gpgme_data_new(&data);
    else
        gpgme_data_new_from_mem(&data, bytes.constData(), static_cast<size_t>(bytes.size()), 1);
}

GpgData::~GpgData()
{
    if (data)
        gpgme_data_release(data);
}

QByteArray GpgData::take()
{
    size_t length = 0;
    char *buffer = gpgme_data_release_and_get_mem(data, &length);
    data = nullptr;
    QByteArray bytes(buffer, static_cast<qsizetype>(length));
    gpgme_free(buffer);
    return bytes;
}

} // namespace charthouse
