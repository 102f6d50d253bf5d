"""Operations: providing the listed Pythons, deploying the site versions."""
