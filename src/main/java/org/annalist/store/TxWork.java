package org.annalist.store;

/** Work done inside one transaction; may throw anything, which rolls the transaction back. */
@FunctionalInterface
public interface TxWork<T> {
    T run(Tx tx) throws Exception;
}
