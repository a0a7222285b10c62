from nkjp.cli import main

main()
