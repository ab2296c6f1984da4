#pragma once

namespace billing::server {

// Something that groups writes atomically. Nested begin()/commit() pairs join the outer
// transaction; a rollback anywhere rolls the whole of it back.
class Transactional
{
public:
    virtual ~Transactional() = default;
    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;
    // True inside a transaction that a nested rollback doomed: commit() would throw.
    virtual bool markedForRollback() const = 0;
};

// Rolls back unless commit() was called (e.g. when an exception leaves the scope).
class TransactionGuard
{
public:
    explicit TransactionGuard(Transactional &target)
        : m_target(target)
    {
        m_target.begin();
    }
    ~TransactionGuard()
    {
        if (!m_done)
            m_target.rollback();
    }
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    void commit()
    {
        m_done = true;
        m_target.commit();
    }

private:
    Transactional &m_target;
    bool m_done = false;
};

} // namespace billing::server
