module example.com/cam

go 1.26
