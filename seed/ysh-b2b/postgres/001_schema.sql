-- The YSH B2B catalogue schema (a stand-in for the Medusa tables the backend needs locally).
CREATE TABLE products (
    id          serial PRIMARY KEY,
    sku         text NOT NULL UNIQUE,
    name        text NOT NULL,
    category    text NOT NULL CHECK (category IN ('panel', 'inverter', 'battery', 'structure', 'cable')),
    brand       text NOT NULL,
    price       numeric(12, 2) NOT NULL CHECK (price >= 0),
    currency    char(3) NOT NULL DEFAULT 'BRL',
    stock       integer NOT NULL DEFAULT 0
);

CREATE TABLE customers (
    id               serial PRIMARY KEY,
    name             text NOT NULL,
    document_kind    text NOT NULL CHECK (document_kind IN ('cpf', 'cnpj')),
    -- SHA-256 of the CPF/CNPJ digits: the document itself is never stored.
    document_sha256  char(64) NOT NULL UNIQUE,
    city             text NOT NULL,
    state            char(2) NOT NULL,
    email            text NOT NULL
);

CREATE INDEX products_category ON products (category);
